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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.036900623485) q[0];
ry(pi*-0.166996702251) q[1];
ry(pi*-0.005171130292) q[2];
ry(pi*0.044547651104) q[3];
ry(pi*-0.020287374125) q[4];
ry(pi*0.036217350807) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012626013781) q[0];
ry(pi*-0.096353203517) q[1];
ry(pi*0.040676247708) q[2];
ry(pi*0.214924196575) q[3];
ry(pi*0.005536422089) q[4];
ry(pi*0.014411192814) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*8.9935864e-05) q[0];
ry(pi*-0.039422402846) q[1];
ry(pi*0.1466834825) q[2];
ry(pi*0.029708915722) q[3];
ry(pi*-0.01186227768) q[4];
ry(pi*0.034672509056) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.09788426631) q[0];
ry(pi*0.206073428748) q[1];
ry(pi*0.158330710014) q[2];
ry(pi*-0.331261518561) q[3];
ry(pi*0.305544186734) q[4];
ry(pi*0.091216113892) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002132677802) q[0];
ry(pi*0.057607760167) q[1];
ry(pi*0.039766205635) q[2];
ry(pi*0.017484404414) q[3];
ry(pi*-0.041500808066) q[4];
ry(pi*-0.002661871165) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
