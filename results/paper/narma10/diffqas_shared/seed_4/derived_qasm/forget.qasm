// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.007810923108) q[0];
rz(pi*0.016093820588) q[1];
rz(pi*-0.003142632291) q[2];
rz(pi*0.016676253111) q[3];
rz(pi*-0.009657733333) q[4];
rz(pi*-0.000542249319) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000744152075) q[0];
rz(pi*-0.0018809671) q[1];
rz(pi*0.000685176326) q[2];
rz(pi*0.002576723549) q[3];
rz(pi*-0.00017862388) q[4];
rz(pi*0.002395570865) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005714407807) q[0];
rz(pi*0.020717986722) q[1];
rz(pi*-0.01048415302) q[2];
rz(pi*0.002342585168) q[3];
rz(pi*-0.008494271083) q[4];
rz(pi*0.003938818016) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000156645879) q[0];
rz(pi*-0.003472750394) q[1];
rz(pi*-0.01017742298) q[2];
rz(pi*0.001570149322) q[3];
rz(pi*0.003105403907) q[4];
rz(pi*-0.00018077927) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.025936754026) q[0];
rz(pi*0.017008403076) q[1];
rz(pi*-0.006743413751) q[2];
rz(pi*0.019195204347) q[3];
rz(pi*0.017370537097) q[4];
rz(pi*-0.00674198783) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
