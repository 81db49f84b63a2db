// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*-0.039925216234) q[0];
ry(pi*0.109502503466) q[1];
ry(pi*0.046064033734) q[2];
ry(pi*-0.013057939054) q[3];
ry(pi*-0.483348278336) q[4];
ry(pi*0.14443049717) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.054545615607) q[0];
ry(pi*0.28279020837) q[1];
ry(pi*-0.084999892323) q[2];
ry(pi*-0.108254646877) q[3];
ry(pi*-0.102130604403) q[4];
ry(pi*0.04741230359) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.034486974556) q[0];
ry(pi*0.005533529931) q[1];
ry(pi*-0.001115837244) q[2];
ry(pi*-0.026488351091) q[3];
ry(pi*0.001396354803) q[4];
ry(pi*-0.139558286076) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.050195112385) q[0];
ry(pi*0.144269949779) q[1];
ry(pi*0.025165466772) q[2];
ry(pi*-0.029479867226) q[3];
ry(pi*-0.054024533835) q[4];
ry(pi*0.076278485434) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.035596908755) q[0];
ry(pi*0.051903840732) q[1];
ry(pi*-0.096014388188) q[2];
ry(pi*-0.059804557704) q[3];
ry(pi*0.029172835993) q[4];
ry(pi*-0.002173325284) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
