// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.093421230979) q[0];
ry(pi*-0.18903929744) q[1];
ry(pi*-0.711910085953) q[2];
ry(pi*-0.110090364566) q[3];
ry(pi*0.003958929425) q[4];
ry(pi*0.001337068672) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.167890622231) q[0];
ry(pi*0.233944148466) q[1];
ry(pi*0.01176973336) q[2];
ry(pi*0.045395220662) q[3];
ry(pi*-0.003701826756) q[4];
ry(pi*0.000366079167) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.18410865977) q[0];
ry(pi*0.069397368666) q[1];
ry(pi*0.052923080454) q[2];
ry(pi*-0.001489571914) q[3];
ry(pi*-0.002346196364) q[4];
ry(pi*-0.000412377785) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.117323601302) q[0];
ry(pi*0.022750603587) q[1];
ry(pi*0.255961396064) q[2];
ry(pi*-0.013305587958) q[3];
ry(pi*0.000745020893) q[4];
ry(pi*-0.001159966521) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.166968300047) q[0];
ry(pi*-0.394919488753) q[1];
ry(pi*0.085916389874) q[2];
ry(pi*-0.441030133786) q[3];
ry(pi*-0.501967677577) q[4];
ry(pi*-0.002119754841) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
