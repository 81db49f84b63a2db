// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.104242650677) q[0];
rz(pi*0.445406235987) q[1];
rz(pi*0.166638572665) q[2];
rz(pi*0.301262492925) q[3];
rz(pi*0.24983976313) q[4];
rz(pi*0.74659773289) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.476347713891) q[0];
rz(pi*0.008817732716) q[1];
rz(pi*0.065824235836) q[2];
rz(pi*1.980107205588) q[3];
rz(pi*0.490288964788) q[4];
rz(pi*0.081655205605) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.252019588913) q[0];
rz(pi*1.103282126234) q[1];
rz(pi*0.777703021499) q[2];
rz(pi*1.466663671841) q[3];
rz(pi*1.873965762322) q[4];
rz(pi*0.792710540816) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.750651677836) q[0];
rz(pi*1.028366714142) q[1];
rz(pi*0.468952212731) q[2];
rz(pi*0.347947822485) q[3];
rz(pi*0.777362043277) q[4];
rz(pi*1.354038102323) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.029540010836) q[0];
rz(pi*0.276790494312) q[1];
rz(pi*1.616216279652) q[2];
rz(pi*0.664290614188) q[3];
rz(pi*1.118311805721) q[4];
rz(pi*0.110987367618) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
