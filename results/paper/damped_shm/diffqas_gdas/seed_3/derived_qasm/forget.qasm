// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.003259807685) q[0];
rx(pi*0.052101081417) q[1];
rx(pi*-0.135106492098) q[2];
rx(pi*-0.005339922527) q[3];
rx(pi*-0.010214247897) q[4];
rx(pi*0.002337985611) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.019470072029) q[0];
rx(pi*-0.013938663488) q[1];
rx(pi*-0.308157303274) q[2];
rx(pi*0.017381116776) q[3];
rx(pi*-0.012915220117) q[4];
rx(pi*0.003329714849) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.053492139562) q[0];
rx(pi*-0.18215048248) q[1];
rx(pi*-0.161707460676) q[2];
rx(pi*-0.007975391336) q[3];
rx(pi*-0.010279882932) q[4];
rx(pi*0.003282548894) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.006947986217) q[0];
rx(pi*0.065443998256) q[1];
rx(pi*-0.361277657615) q[2];
rx(pi*0.012898469552) q[3];
rx(pi*-0.010184874526) q[4];
rx(pi*-0.000875529904) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.038677312213) q[0];
rx(pi*0.072668953387) q[1];
rx(pi*-0.140612497315) q[2];
rx(pi*-0.002042586006) q[3];
rx(pi*-0.010791403625) q[4];
rx(pi*0.003586807438) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
