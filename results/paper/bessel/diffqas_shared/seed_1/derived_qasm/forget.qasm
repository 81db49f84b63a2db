// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
ry(pi*0.010659114956) q[0];
ry(pi*-0.005148064174) q[1];
ry(pi*-0.037420555034) q[2];
ry(pi*0.077424420422) q[3];
ry(pi*0.183284540528) q[4];
ry(pi*-0.012036933681) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.000852026004) q[0];
ry(pi*0.05916732477) q[1];
ry(pi*0.067036352511) q[2];
ry(pi*-0.037946522289) q[3];
ry(pi*0.027503521159) q[4];
ry(pi*-0.065839029836) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.004266835479) q[0];
ry(pi*0.012859095172) q[1];
ry(pi*-0.037778205558) q[2];
ry(pi*0.104909296112) q[3];
ry(pi*-0.081852019403) q[4];
ry(pi*0.031277731912) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.104962249051) q[0];
ry(pi*-0.106035575334) q[1];
ry(pi*-0.035469765258) q[2];
ry(pi*-0.010898483442) q[3];
ry(pi*-0.055718150387) q[4];
ry(pi*0.059343648001) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.079249793221) q[0];
ry(pi*0.376948084737) q[1];
ry(pi*0.098948153651) q[2];
ry(pi*-0.02150346322) q[3];
ry(pi*-0.097657779134) q[4];
ry(pi*0.000691862589) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
