// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.077282437864) q[0];
ry(pi*-0.013461350659) q[1];
ry(pi*-0.010279453674) q[2];
ry(pi*-0.009964998168) q[3];
ry(pi*0.004219875854) q[4];
ry(pi*0.000838727146) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.076076828842) q[0];
ry(pi*-0.001462537972) q[1];
ry(pi*0.004495629029) q[2];
ry(pi*-0.004137118803) q[3];
ry(pi*0.007126954368) q[4];
ry(pi*0.002128791502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.075976747597) q[0];
ry(pi*-0.019927387582) q[1];
ry(pi*-0.001855052846) q[2];
ry(pi*0.002515390881) q[3];
ry(pi*-0.004857866215) q[4];
ry(pi*-0.005684262483) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.082347881651) q[0];
ry(pi*-0.00533959584) q[1];
ry(pi*0.003182525162) q[2];
ry(pi*0.012952430418) q[3];
ry(pi*0.007284256233) q[4];
ry(pi*0.003043394742) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.076263236088) q[0];
ry(pi*-0.013244423377) q[1];
ry(pi*-0.0189046047) q[2];
ry(pi*-0.012600399385) q[3];
ry(pi*0.007469796662) q[4];
ry(pi*-0.004092208234) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
