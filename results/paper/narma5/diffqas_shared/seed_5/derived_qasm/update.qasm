// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004651416929) q[0];
rz(pi*0.004192248568) q[1];
rz(pi*-0.001802408956) q[2];
rz(pi*-0.001134696155) q[3];
rz(pi*0.001344024703) q[4];
rz(pi*-6.2972379e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006162842336) q[0];
rz(pi*0.000669376251) q[1];
rz(pi*0.001228344452) q[2];
rz(pi*-0.006265305845) q[3];
rz(pi*-0.004023145358) q[4];
rz(pi*0.001780106936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001949149226) q[0];
rz(pi*0.005132672532) q[1];
rz(pi*-0.002278837477) q[2];
rz(pi*0.006378414845) q[3];
rz(pi*0.001618346919) q[4];
rz(pi*0.000927532056) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001032284968) q[0];
rz(pi*0.00041151723) q[1];
rz(pi*0.001070573752) q[2];
rz(pi*-0.000691405613) q[3];
rz(pi*0.000613558094) q[4];
rz(pi*-0.004983938641) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002225008976) q[0];
rz(pi*0.007053813832) q[1];
rz(pi*0.00501745815) q[2];
rz(pi*0.005514780113) q[3];
rz(pi*0.00650859161) q[4];
rz(pi*-0.003542062288) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
