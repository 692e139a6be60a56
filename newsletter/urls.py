from django.urls import path

from newsletter import views

# Under the language prefix (website/urls.py): /newsletter/ and /cy/newsletter/.
app_name = "newsletter"
urlpatterns = [
    path("", views.signup, name="signup"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("remove/<str:token>/", views.remove, name="remove"),
]
