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
rx(pi*0.005591177439) q[0];
rx(pi*-0.002636347187) q[1];
rx(pi*-0.001769448105) q[2];
rx(pi*0.000698927937) q[3];
rx(pi*-0.002722120608) q[4];
rx(pi*-0.001883716518) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.000927561923) q[0];
rx(pi*-0.002873463252) q[1];
rx(pi*0.000218513156) q[2];
rx(pi*0.004061223366) q[3];
rx(pi*-0.003279510883) q[4];
rx(pi*-0.00501546364) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.001188171289) q[0];
rx(pi*0.001012104042) q[1];
rx(pi*0.001927941696) q[2];
rx(pi*-0.003577420078) q[3];
rx(pi*-0.007412842252) q[4];
rx(pi*0.002809211745) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.0026006719) q[0];
rx(pi*0.005446245805) q[1];
rx(pi*-0.003902728292) q[2];
rx(pi*0.001057547997) q[3];
rx(pi*0.002967089315) q[4];
rx(pi*-0.006174065902) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.003327087716) q[0];
rx(pi*0.00451403971) q[1];
rx(pi*0.00145181837) q[2];
rx(pi*0.001692087171) q[3];
rx(pi*0.002299442622) q[4];
rx(pi*-0.000904497584) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
