from django.urls import path

from security import views

urlpatterns = [
    path("", views.manage, name="security_manage"),
    path("verify/", views.verify, name="security_verify"),
    path("set-up/", views.set_up, name="security_set_up"),
    path("recovery-codes/", views.recovery_codes, name="security_recovery_codes"),
    path("turn-off/", views.turn_off, name="security_turn_off"),
    path("reset/<int:user_id>/", views.reset, name="security_reset"),
]
