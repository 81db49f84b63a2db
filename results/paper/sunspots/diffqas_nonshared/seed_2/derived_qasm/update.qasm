// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*0.193121265134) q[0];
rx(pi*-0.27492924879) q[1];
rx(pi*-0.131316685746) q[2];
rx(pi*-0.045328801816) q[3];
rx(pi*0.065421117122) q[4];
rx(pi*-0.000747816557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.064003644169) q[0];
rx(pi*-0.326359871249) q[1];
rx(pi*-0.076634883756) q[2];
rx(pi*-0.016435804365) q[3];
rx(pi*0.05333831801) q[4];
rx(pi*-0.002287957143) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.005558455378) q[0];
rx(pi*-0.35126444851) q[1];
rx(pi*-0.09612211545) q[2];
rx(pi*-0.037631190479) q[3];
rx(pi*0.048353977976) q[4];
rx(pi*0.00150058174) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.208214844835) q[0];
rx(pi*-0.262616523692) q[1];
rx(pi*-0.066904387564) q[2];
rx(pi*-0.00748337937) q[3];
rx(pi*0.05637787077) q[4];
rx(pi*-0.003926083152) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.021136627515) q[0];
rx(pi*-0.279272205601) q[1];
rx(pi*-0.12710423298) q[2];
rx(pi*-0.045168078927) q[3];
rx(pi*0.04677699639) q[4];
rx(pi*0.000252698175) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
