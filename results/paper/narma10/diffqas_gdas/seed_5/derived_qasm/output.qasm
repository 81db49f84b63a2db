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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000988024883) q[0];
rz(pi*-0.000815421941) q[1];
rz(pi*0.001703155991) q[2];
rz(pi*-0.001797604404) q[3];
rz(pi*-0.002605844049) q[4];
rz(pi*-0.000252452455) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-5.179127e-05) q[0];
rz(pi*0.002956465466) q[1];
rz(pi*-0.000304739014) q[2];
rz(pi*-0.003464692016) q[3];
rz(pi*0.001760242024) q[4];
rz(pi*-0.002314909562) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002586881084) q[0];
rz(pi*-0.001617611132) q[1];
rz(pi*0.002066612175) q[2];
rz(pi*0.001219636183) q[3];
rz(pi*-0.000400607752) q[4];
rz(pi*-0.003825960405) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00104499041) q[0];
rz(pi*0.004731580049) q[1];
rz(pi*0.000826469935) q[2];
rz(pi*0.003920907149) q[3];
rz(pi*0.000439223371) q[4];
rz(pi*0.000249222549) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002870576726) q[0];
rz(pi*0.001446064291) q[1];
rz(pi*-0.00245888322) q[2];
rz(pi*-0.002436695777) q[3];
rz(pi*0.00353757968) q[4];
rz(pi*-0.002965856383) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
