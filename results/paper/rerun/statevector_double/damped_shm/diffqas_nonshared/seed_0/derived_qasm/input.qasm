// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.155576701849) q[0];
ry(pi*-0.106390375202) q[1];
ry(pi*0.024415345989) q[2];
ry(pi*0.038812829807) q[3];
ry(pi*-0.066676268732) q[4];
ry(pi*0.07109061525) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00085659814) q[0];
ry(pi*-0.074185815079) q[1];
ry(pi*-0.049954822536) q[2];
ry(pi*-0.072052173075) q[3];
ry(pi*-0.029159054663) q[4];
ry(pi*0.001750204848) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.04188123063) q[0];
ry(pi*-0.019301150542) q[1];
ry(pi*-0.303432614779) q[2];
ry(pi*-0.054368486034) q[3];
ry(pi*-0.045150619256) q[4];
ry(pi*0.119813878787) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.371274588103) q[0];
ry(pi*-0.279309638832) q[1];
ry(pi*-0.295260369328) q[2];
ry(pi*0.054669365354) q[3];
ry(pi*0.019758196919) q[4];
ry(pi*-0.033529019181) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.183057303929) q[0];
ry(pi*-0.301284216721) q[1];
ry(pi*-0.081854552265) q[2];
ry(pi*-0.448245355897) q[3];
ry(pi*-0.502156532308) q[4];
ry(pi*-0.003388637385) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
