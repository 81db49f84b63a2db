// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.063383369021) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000899198332) q[0];
rz(pi*-0.004053445132) q[1];
rz(pi*-0.002535564841) q[2];
rz(pi*0.001309063858) q[3];
rz(pi*-0.002206988423) q[4];
rz(pi*-0.000848811976) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000124597165) q[0];
rz(pi*0.003330677419) q[1];
rz(pi*-0.00221628418) q[2];
rz(pi*-0.001860421393) q[3];
rz(pi*-0.002313885775) q[4];
rz(pi*-0.005357463425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000515939602) q[0];
rz(pi*-0.00669375377) q[1];
rz(pi*-0.002694329683) q[2];
rz(pi*0.004029998373) q[3];
rz(pi*-8.3347966e-05) q[4];
rz(pi*-0.007337177748) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00331949506) q[0];
rz(pi*0.005184644224) q[1];
rz(pi*-0.001034377233) q[2];
rz(pi*0.005771356881) q[3];
rz(pi*-0.001912912019) q[4];
rz(pi*-0.007929756541) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000697441096) q[0];
rz(pi*-0.000902523454) q[1];
rz(pi*0.000740119625) q[2];
rz(pi*-0.003512701664) q[3];
rz(pi*-0.003583037197) q[4];
rz(pi*-0.002053938676) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
