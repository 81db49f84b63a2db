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
rz(pi*0.008036254724) q[0];
rz(pi*0.033067632787) q[1];
rz(pi*-0.024530458393) q[2];
rz(pi*0.020523466255) q[3];
rz(pi*-0.014251502754) q[4];
rz(pi*0.000908958403) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.008542885192) q[0];
rz(pi*-0.02609982242) q[1];
rz(pi*0.041814721663) q[2];
rz(pi*0.022180880433) q[3];
rz(pi*0.00562876601) q[4];
rz(pi*0.007668674932) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.013787907221) q[0];
rz(pi*0.00782461906) q[1];
rz(pi*-0.005433850672) q[2];
rz(pi*-0.02058721943) q[3];
rz(pi*-0.020271603029) q[4];
rz(pi*0.003866480265) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002967710376) q[0];
rz(pi*-0.056809695251) q[1];
rz(pi*-0.02413638968) q[2];
rz(pi*-0.009216603905) q[3];
rz(pi*-0.003567133292) q[4];
rz(pi*-0.006010619238) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.008088824058) q[0];
rz(pi*0.002489231019) q[1];
rz(pi*-0.0111202049) q[2];
rz(pi*0.013969699346) q[3];
rz(pi*-0.002393085583) q[4];
rz(pi*0.002585799637) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
