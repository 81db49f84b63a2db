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
rz(pi*-0.002555509349) q[0];
rz(pi*0.000773015256) q[1];
rz(pi*-0.005272311362) q[2];
rz(pi*0.002088446695) q[3];
rz(pi*0.003639723914) q[4];
rz(pi*-0.001440705527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001370278688) q[0];
rz(pi*0.000798743192) q[1];
rz(pi*-0.001255261593) q[2];
rz(pi*-0.002745120025) q[3];
rz(pi*-0.006469815464) q[4];
rz(pi*0.004489517433) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000151618129) q[0];
rz(pi*0.008028817407) q[1];
rz(pi*0.002629934399) q[2];
rz(pi*0.000884202895) q[3];
rz(pi*-0.002092667983) q[4];
rz(pi*0.00443236707) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001611568312) q[0];
rz(pi*0.004997303163) q[1];
rz(pi*-0.001268023285) q[2];
rz(pi*0.000591909744) q[3];
rz(pi*-0.004846810439) q[4];
rz(pi*0.007458740293) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00029929352) q[0];
rz(pi*-0.001225854649) q[1];
rz(pi*0.002581008129) q[2];
rz(pi*-0.002837324614) q[3];
rz(pi*0.002443369886) q[4];
rz(pi*-0.003728173974) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
