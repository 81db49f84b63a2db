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
rz(pi*0.033854475323) q[0];
rz(pi*0.053955809799) q[1];
rz(pi*0.083868006655) q[2];
rz(pi*0.102396886917) q[3];
rz(pi*0.17169414588) q[4];
rz(pi*0.078161165417) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.032374053165) q[0];
rz(pi*-0.059173884598) q[1];
rz(pi*0.031418886783) q[2];
rz(pi*-0.06893590401) q[3];
rz(pi*0.043375419888) q[4];
rz(pi*0.005654724879) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.022259000721) q[0];
rz(pi*0.171619184554) q[1];
rz(pi*-0.127027649484) q[2];
rz(pi*0.0709577823) q[3];
rz(pi*-0.072078023444) q[4];
rz(pi*0.086819521123) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.06886657759) q[0];
rz(pi*-0.07995833997) q[1];
rz(pi*-0.070435595365) q[2];
rz(pi*0.041256723667) q[3];
rz(pi*0.141912671256) q[4];
rz(pi*-0.02694642674) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00248013166) q[0];
rz(pi*0.072450757302) q[1];
rz(pi*0.086416900444) q[2];
rz(pi*0.065248005029) q[3];
rz(pi*-0.107364900901) q[4];
rz(pi*-0.002454332132) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
