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
rz(pi*-0.003527836877) q[0];
rz(pi*-1.70172e-05) q[1];
rz(pi*-0.002695188496) q[2];
rz(pi*0.001191489296) q[3];
rz(pi*1.6790139e-05) q[4];
rz(pi*0.002033425875) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00285282861) q[0];
rz(pi*0.001290240966) q[1];
rz(pi*0.002669685566) q[2];
rz(pi*0.001591992142) q[3];
rz(pi*-0.005395088756) q[4];
rz(pi*-0.001626254998) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000239309159) q[0];
rz(pi*-0.002061172333) q[1];
rz(pi*-0.002953170729) q[2];
rz(pi*-0.003121746261) q[3];
rz(pi*0.000907673444) q[4];
rz(pi*0.001222135991) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005765027691) q[0];
rz(pi*-0.002719342583) q[1];
rz(pi*0.003862528005) q[2];
rz(pi*0.002568272969) q[3];
rz(pi*-0.004786501114) q[4];
rz(pi*-0.001189860901) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004774957975) q[0];
rz(pi*0.002726379101) q[1];
rz(pi*0.006202945981) q[2];
rz(pi*7.3757673e-05) q[3];
rz(pi*0.000296553125) q[4];
rz(pi*-0.005428304701) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
