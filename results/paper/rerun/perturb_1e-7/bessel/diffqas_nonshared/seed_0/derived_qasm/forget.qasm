// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.066510902263) q[0];
rx(pi*0.055909262875) q[1];
rx(pi*0.000572625614) q[2];
rx(pi*0.07708808578) q[3];
rx(pi*0.003200392747) q[4];
rx(pi*0.003129051954) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.116707717453) q[0];
rx(pi*0.14152840671) q[1];
rx(pi*-0.098892886037) q[2];
rx(pi*0.068197740802) q[3];
rx(pi*0.003551649751) q[4];
rx(pi*0.002886021432) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.159440767536) q[0];
rx(pi*-0.029074199049) q[1];
rx(pi*0.001096522542) q[2];
rx(pi*0.067041987417) q[3];
rx(pi*0.002749286618) q[4];
rx(pi*0.001791886196) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.118786495013) q[0];
rx(pi*0.065560614249) q[1];
rx(pi*-0.092143074912) q[2];
rx(pi*0.064730760495) q[3];
rx(pi*0.004973235936) q[4];
rx(pi*-0.000949156986) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.061652840096) q[0];
rx(pi*0.066493077367) q[1];
rx(pi*4.0989487e-05) q[2];
rx(pi*0.071742129919) q[3];
rx(pi*0.003763076419) q[4];
rx(pi*0.000805020874) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
