// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.102297137696) q[0];
ry(pi*-0.05777782239) q[1];
ry(pi*-0.000790971109) q[2];
ry(pi*-0.001558781533) q[3];
ry(pi*0.002363238486) q[4];
ry(pi*0.002488604029) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.107295840099) q[0];
ry(pi*0.036366014143) q[1];
ry(pi*-0.003674778437) q[2];
ry(pi*0.005852555498) q[3];
ry(pi*0.00050939178) q[4];
ry(pi*0.000519059915) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.106662558241) q[0];
ry(pi*-0.040298604651) q[1];
ry(pi*0.002950161177) q[2];
ry(pi*0.004939469188) q[3];
ry(pi*-7.6889626e-05) q[4];
ry(pi*0.003924096646) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.11724062399) q[0];
ry(pi*0.001660566471) q[1];
ry(pi*0.00123325869) q[2];
ry(pi*-0.002279854742) q[3];
ry(pi*0.003482474223) q[4];
ry(pi*6.583774e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.10927708825) q[0];
ry(pi*-0.023979167263) q[1];
ry(pi*0.000778298648) q[2];
ry(pi*-0.000554535766) q[3];
ry(pi*-0.001740225479) q[4];
ry(pi*0.002785859257) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
