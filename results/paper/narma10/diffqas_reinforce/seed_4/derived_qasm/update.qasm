// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.005538030623) q[0];
ry(pi*0.001233408397) q[1];
ry(pi*0.009949576881) q[2];
ry(pi*-0.008350671692) q[3];
ry(pi*-0.003963673205) q[4];
ry(pi*0.049014604308) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002370404997) q[0];
ry(pi*0.032041852211) q[1];
ry(pi*-0.012321343469) q[2];
ry(pi*0.498472897452) q[3];
ry(pi*0.000511164584) q[4];
ry(pi*-0.001123878428) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.022635744944) q[0];
ry(pi*-0.019865043133) q[1];
ry(pi*0.087550379823) q[2];
ry(pi*-0.166573742786) q[3];
ry(pi*-0.000593110734) q[4];
ry(pi*-0.030009330209) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00755722664) q[0];
ry(pi*-0.37038237567) q[1];
ry(pi*0.002128295542) q[2];
ry(pi*0.376887675508) q[3];
ry(pi*-0.005879036118) q[4];
ry(pi*-0.009071672864) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.077961164197) q[0];
ry(pi*0.002419581173) q[1];
ry(pi*-0.014663040624) q[2];
ry(pi*0.029649500191) q[3];
ry(pi*-0.000851439702) q[4];
ry(pi*-0.001423390672) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
