// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.232282780841) q[0];
ry(pi*-0.017791260149) q[1];
ry(pi*0.022920658696) q[2];
ry(pi*-0.003018161284) q[3];
ry(pi*-0.024188939448) q[4];
ry(pi*9.9415215e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.005122963228) q[0];
ry(pi*-0.000571758352) q[1];
ry(pi*-0.028532147648) q[2];
ry(pi*0.057661543163) q[3];
ry(pi*-1.7752676e-05) q[4];
ry(pi*-0.000143577806) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006505532255) q[0];
ry(pi*0.020267870141) q[1];
ry(pi*0.011503050047) q[2];
ry(pi*-0.000163398491) q[3];
ry(pi*-0.006352400836) q[4];
ry(pi*7.027958e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002750897227) q[0];
ry(pi*-0.059715082226) q[1];
ry(pi*0.000181975071) q[2];
ry(pi*-2.6501278e-05) q[3];
ry(pi*-2.1077472e-05) q[4];
ry(pi*-9.962699e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.040744445249) q[0];
ry(pi*-0.00022842914) q[1];
ry(pi*0.059202258342) q[2];
ry(pi*-0.000285711645) q[3];
ry(pi*-0.008976039544) q[4];
ry(pi*0.002184217716) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
