// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.027193501718) q[0];
ry(pi*-0.004842337614) q[1];
ry(pi*0.045787676691) q[2];
ry(pi*-0.026809094877) q[3];
ry(pi*-0.390816442337) q[4];
ry(pi*0.524382726777) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003144300707) q[0];
ry(pi*0.250286191883) q[1];
ry(pi*0.042811080251) q[2];
ry(pi*-0.000545464347) q[3];
ry(pi*0.005188796291) q[4];
ry(pi*-0.005111526219) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010615791873) q[0];
ry(pi*-0.002056628063) q[1];
ry(pi*-0.499617219756) q[2];
ry(pi*0.000658164766) q[3];
ry(pi*-0.487928830866) q[4];
ry(pi*-0.0012878295) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.507051121758) q[0];
ry(pi*0.02153924345) q[1];
ry(pi*0.000788589214) q[2];
ry(pi*-0.100157135079) q[3];
ry(pi*0.003916163073) q[4];
ry(pi*-0.047039479612) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.027821822203) q[0];
ry(pi*-0.17288125173) q[1];
ry(pi*-0.411949654757) q[2];
ry(pi*-0.248774955611) q[3];
ry(pi*-0.004922776431) q[4];
ry(pi*0.001422335609) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
