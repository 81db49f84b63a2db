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
ry(pi*-0.000320655111) q[0];
ry(pi*-0.001974981956) q[1];
ry(pi*0.000391894406) q[2];
ry(pi*-1.5712e-08) q[3];
ry(pi*7.94e-10) q[4];
ry(pi*-4.2771151e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003151427939) q[0];
ry(pi*0.001741080438) q[1];
ry(pi*-2.7796e-08) q[2];
ry(pi*7.84589e-07) q[3];
ry(pi*2.455933e-06) q[4];
ry(pi*5.359773e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000322436066) q[0];
ry(pi*1.1741e-08) q[1];
ry(pi*1.0e-12) q[2];
ry(pi*-8.0e-11) q[3];
ry(pi*-1.2e-11) q[4];
ry(pi*-5.25345e-07) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-9.4054e-08) q[0];
ry(pi*3.9431317e-05) q[1];
ry(pi*0.001874546307) q[2];
ry(pi*0.000172407285) q[3];
ry(pi*2.8878e-08) q[4];
ry(pi*5.6e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.921e-09) q[0];
ry(pi*-5.67743e-07) q[1];
ry(pi*0.00139626483) q[2];
ry(pi*-0.003151941685) q[3];
ry(pi*0.00065710659) q[4];
ry(pi*-0.002145967916) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
