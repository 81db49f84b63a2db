// DiffQAS-QLSTM derived circuit, update gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026325609976) q[0];
ry(pi*0.084642512161) q[1];
ry(pi*-0.020287665831) q[2];
ry(pi*0.042107850615) q[3];
ry(pi*0.488943000121) q[4];
ry(pi*0.620699625941) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.070014386137) q[0];
ry(pi*0.233262571478) q[1];
ry(pi*0.15072182236) q[2];
ry(pi*-0.052600097883) q[3];
ry(pi*0.042207580863) q[4];
ry(pi*0.611584434929) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.117729067893) q[0];
ry(pi*-0.026658195128) q[1];
ry(pi*0.090543975845) q[2];
ry(pi*-0.019045452449) q[3];
ry(pi*-0.107457449964) q[4];
ry(pi*-0.021183070429) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004192970126) q[0];
ry(pi*0.267116043616) q[1];
ry(pi*0.03097693797) q[2];
ry(pi*-0.285005352554) q[3];
ry(pi*-0.394457350565) q[4];
ry(pi*-0.340753204778) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004128279578) q[0];
ry(pi*0.154722102889) q[1];
ry(pi*0.071847438155) q[2];
ry(pi*-0.031251369279) q[3];
ry(pi*-0.011482165795) q[4];
ry(pi*0.002877982323) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
