// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.005323634423) q[0];
rz(pi*-0.003669992857) q[1];
rz(pi*-0.003372088109) q[2];
rz(pi*0.007756253135) q[3];
rz(pi*-0.001563633962) q[4];
rz(pi*-0.000795383978) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003600542818) q[0];
rz(pi*-0.001656338068) q[1];
rz(pi*8.5596839e-05) q[2];
rz(pi*0.000757861367) q[3];
rz(pi*0.004463525065) q[4];
rz(pi*-0.005160239934) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00266772574) q[0];
rz(pi*-0.00041958843) q[1];
rz(pi*0.002890229232) q[2];
rz(pi*-0.002050185333) q[3];
rz(pi*0.001468566563) q[4];
rz(pi*-0.001636711353) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001257288268) q[0];
rz(pi*0.004055500118) q[1];
rz(pi*-0.00075084108) q[2];
rz(pi*0.009427068002) q[3];
rz(pi*0.001143602526) q[4];
rz(pi*0.003583687903) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002361988657) q[0];
rz(pi*-0.004952879364) q[1];
rz(pi*-0.004902666801) q[2];
rz(pi*0.001550729232) q[3];
rz(pi*-0.003519857058) q[4];
rz(pi*-0.001743343383) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
