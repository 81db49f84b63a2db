// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.063383369021) q[0];
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
ry(pi*0.007755520906) q[0];
ry(pi*-0.346155467011) q[1];
ry(pi*0.001948195549) q[2];
ry(pi*0.005084913383) q[3];
ry(pi*0.06000285612) q[4];
ry(pi*-0.000683989788) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.011508818948) q[0];
ry(pi*-0.001110262368) q[1];
ry(pi*0.258016979441) q[2];
ry(pi*-0.001728503433) q[3];
ry(pi*0.305465260104) q[4];
ry(pi*-0.020916797402) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000723342972) q[0];
ry(pi*0.008684787708) q[1];
ry(pi*0.001385533518) q[2];
ry(pi*-0.001528262238) q[3];
ry(pi*0.032865276575) q[4];
ry(pi*-0.00030632624) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.001022871966) q[0];
ry(pi*-0.012256274059) q[1];
ry(pi*-0.401038010157) q[2];
ry(pi*-0.002456282027) q[3];
ry(pi*-0.000552391475) q[4];
ry(pi*-0.003714507074) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013042194045) q[0];
ry(pi*0.086141843034) q[1];
ry(pi*0.00850570335) q[2];
ry(pi*-0.291121654146) q[3];
ry(pi*-0.003719556789) q[4];
ry(pi*0.000145810467) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
