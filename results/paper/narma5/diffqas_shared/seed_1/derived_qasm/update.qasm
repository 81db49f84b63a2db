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
rz(pi*-0.006495944495) q[0];
rz(pi*0.024963760376) q[1];
rz(pi*-0.041649246101) q[2];
rz(pi*0.002613115947) q[3];
rz(pi*-0.010141545514) q[4];
rz(pi*-0.001169405018) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003040651697) q[0];
rz(pi*-0.001279456441) q[1];
rz(pi*0.024771791743) q[2];
rz(pi*-0.031226472291) q[3];
rz(pi*0.001184231479) q[4];
rz(pi*-0.003050152004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005476797858) q[0];
rz(pi*0.007587921582) q[1];
rz(pi*0.015203971448) q[2];
rz(pi*-0.011916874133) q[3];
rz(pi*-0.024914113438) q[4];
rz(pi*0.008333506692) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.0144251698) q[0];
rz(pi*0.033052971597) q[1];
rz(pi*-0.005758678342) q[2];
rz(pi*-0.008784272496) q[3];
rz(pi*-0.003951641518) q[4];
rz(pi*0.000961335489) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.017742233383) q[0];
rz(pi*0.019569597135) q[1];
rz(pi*-0.035989827245) q[2];
rz(pi*0.008894299611) q[3];
rz(pi*0.012520922545) q[4];
rz(pi*0.00149098405) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
