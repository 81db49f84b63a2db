// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.009813011636) q[0];
rz(pi*-0.00361541597) q[1];
rz(pi*-0.003363742472) q[2];
rz(pi*0.001832585704) q[3];
rz(pi*-0.005227590224) q[4];
rz(pi*0.000352396369) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000897108588) q[0];
rz(pi*-0.001342857287) q[1];
rz(pi*0.002347732415) q[2];
rz(pi*0.004178359628) q[3];
rz(pi*0.000874508858) q[4];
rz(pi*-0.001287197915) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.007737355093) q[0];
rz(pi*0.004333502157) q[1];
rz(pi*-0.001366748126) q[2];
rz(pi*-0.006360268005) q[3];
rz(pi*0.000118961731) q[4];
rz(pi*0.004271974129) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000844732761) q[0];
rz(pi*-0.004150734418) q[1];
rz(pi*0.006878661576) q[2];
rz(pi*0.001599067198) q[3];
rz(pi*0.00073906975) q[4];
rz(pi*0.002906382155) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.007351042083) q[0];
rz(pi*-0.000583439561) q[1];
rz(pi*-0.000885575825) q[2];
rz(pi*0.006950687462) q[3];
rz(pi*-0.002162649111) q[4];
rz(pi*-0.00212255599) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
