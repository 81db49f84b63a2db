// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.077705169656) q[0];
ry(pi*-0.083907839939) q[1];
ry(pi*0.105425658414) q[2];
ry(pi*-0.076376844901) q[3];
ry(pi*-0.104853876716) q[4];
ry(pi*-0.033474904161) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.032547132056) q[0];
ry(pi*-0.000807666016) q[1];
ry(pi*-0.094582685674) q[2];
ry(pi*-0.179644789638) q[3];
ry(pi*0.33286388094) q[4];
ry(pi*-0.039827971415) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.08917495929) q[0];
ry(pi*-0.042684532024) q[1];
ry(pi*0.069176502167) q[2];
ry(pi*-0.068360982323) q[3];
ry(pi*0.21476548954) q[4];
ry(pi*-0.120174019484) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.221886625796) q[0];
ry(pi*0.13213098659) q[1];
ry(pi*-0.035317174563) q[2];
ry(pi*0.00805820145) q[3];
ry(pi*0.219554381813) q[4];
ry(pi*-0.034935236551) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.024893430772) q[0];
ry(pi*-0.019049065572) q[1];
ry(pi*0.356568925201) q[2];
ry(pi*0.071634397914) q[3];
ry(pi*-0.224716866461) q[4];
ry(pi*-0.008331665149) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
