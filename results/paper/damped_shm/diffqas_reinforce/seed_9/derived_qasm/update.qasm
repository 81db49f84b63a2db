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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.195647296762) q[0];
ry(pi*-0.378392176455) q[1];
ry(pi*-0.001200335636) q[2];
ry(pi*0.298793189813) q[3];
ry(pi*-0.081209734976) q[4];
ry(pi*-0.01477236041) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.011643265767) q[0];
ry(pi*-0.073111435809) q[1];
ry(pi*0.503134122105) q[2];
ry(pi*-0.006109244916) q[3];
ry(pi*-0.003159805296) q[4];
ry(pi*-0.002156989452) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002389341133) q[0];
ry(pi*0.018900325159) q[1];
ry(pi*-0.030064825496) q[2];
ry(pi*0.016756931163) q[3];
ry(pi*0.005119873635) q[4];
ry(pi*-0.064042500356) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.160930868167) q[0];
ry(pi*-0.363433568881) q[1];
ry(pi*-0.041389936071) q[2];
ry(pi*0.500859403493) q[3];
ry(pi*-0.393963300215) q[4];
ry(pi*0.500609304733) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.004191308824) q[0];
ry(pi*-0.199760645381) q[1];
ry(pi*0.27754464206) q[2];
ry(pi*-0.021175754063) q[3];
ry(pi*-0.110221143716) q[4];
ry(pi*0.00071588898) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
