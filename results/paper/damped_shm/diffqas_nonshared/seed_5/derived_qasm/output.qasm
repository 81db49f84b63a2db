// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*6.6748368e-05) q[0];
rz(pi*0.004250229878) q[1];
rz(pi*0.00176970231) q[2];
rz(pi*0.002501201637) q[3];
rz(pi*0.004608300767) q[4];
rz(pi*-0.000946386743) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004070553511) q[0];
rz(pi*0.001457967763) q[1];
rz(pi*0.000276302237) q[2];
rz(pi*-0.00039533229) q[3];
rz(pi*0.00046915514) q[4];
rz(pi*-0.004563485951) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000360007072) q[0];
rz(pi*-0.000530606944) q[1];
rz(pi*0.00130816962) q[2];
rz(pi*6.2502475e-05) q[3];
rz(pi*-0.000805277969) q[4];
rz(pi*0.002395544925) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003758315741) q[0];
rz(pi*2.9229086e-05) q[1];
rz(pi*-0.002434528438) q[2];
rz(pi*-0.001893233574) q[3];
rz(pi*0.004083859929) q[4];
rz(pi*-0.00507872886) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000306613314) q[0];
rz(pi*0.000989122412) q[1];
rz(pi*0.001583481827) q[2];
rz(pi*-0.006301067103) q[3];
rz(pi*0.000709722763) q[4];
rz(pi*-0.006941795765) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
