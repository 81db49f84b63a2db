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
rz(pi*-0.000903551244) q[0];
rz(pi*0.002493299784) q[1];
rz(pi*-0.000219918103) q[2];
rz(pi*0.001832367073) q[3];
rz(pi*-0.002056334727) q[4];
rz(pi*0.005748016251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.006575829249) q[0];
rz(pi*0.002559282258) q[1];
rz(pi*0.003079630022) q[2];
rz(pi*-0.00197650274) q[3];
rz(pi*0.004186726017) q[4];
rz(pi*-0.00222356512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002234209572) q[0];
rz(pi*0.000554288713) q[1];
rz(pi*-0.001548327549) q[2];
rz(pi*0.002247869358) q[3];
rz(pi*-0.000487785119) q[4];
rz(pi*-0.002818145241) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004530420009) q[0];
rz(pi*0.00055643015) q[1];
rz(pi*0.000371083488) q[2];
rz(pi*-0.000775913344) q[3];
rz(pi*0.001410175708) q[4];
rz(pi*-0.004122550401) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005899018571) q[0];
rz(pi*0.003188088623) q[1];
rz(pi*0.00110292866) q[2];
rz(pi*0.004743415486) q[3];
rz(pi*-0.001455178621) q[4];
rz(pi*-0.002556663426) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
