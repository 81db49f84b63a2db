// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000255712933) q[0];
rz(pi*-0.001801410811) q[1];
rz(pi*0.005550487417) q[2];
rz(pi*0.000663262876) q[3];
rz(pi*-0.003216723243) q[4];
rz(pi*-0.002508626504) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000182913685) q[0];
rz(pi*0.007307711885) q[1];
rz(pi*-0.000567391804) q[2];
rz(pi*0.000405694486) q[3];
rz(pi*0.001636299733) q[4];
rz(pi*-0.000127741898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007259596404) q[0];
rz(pi*-0.001691916565) q[1];
rz(pi*0.002368829221) q[2];
rz(pi*0.000510648577) q[3];
rz(pi*0.001977268765) q[4];
rz(pi*-0.00374541783) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005628087141) q[0];
rz(pi*-0.000386789922) q[1];
rz(pi*0.000108782491) q[2];
rz(pi*-0.002976157696) q[3];
rz(pi*-0.002322762056) q[4];
rz(pi*0.001796000614) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003140137672) q[0];
rz(pi*0.002397670911) q[1];
rz(pi*0.003848274431) q[2];
rz(pi*0.002274298099) q[3];
rz(pi*9.0626164e-05) q[4];
rz(pi*0.002662741244) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
