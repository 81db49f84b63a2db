// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.004104608407) q[0];
rz(pi*6.5759187e-05) q[1];
rz(pi*-0.000120735081) q[2];
rz(pi*-0.000968979876) q[3];
rz(pi*-0.003335719723) q[4];
rz(pi*-0.001261350659) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003473803678) q[0];
rz(pi*-0.004313576029) q[1];
rz(pi*0.000715617358) q[2];
rz(pi*-0.003530975385) q[3];
rz(pi*0.003725401878) q[4];
rz(pi*0.00228100956) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006359257706) q[0];
rz(pi*0.000866240965) q[1];
rz(pi*-0.003506893632) q[2];
rz(pi*0.000105268484) q[3];
rz(pi*0.000138900301) q[4];
rz(pi*-0.006329509623) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000742989623) q[0];
rz(pi*-0.000814189899) q[1];
rz(pi*0.003062253949) q[2];
rz(pi*-0.003760703343) q[3];
rz(pi*0.002349281066) q[4];
rz(pi*-0.003498229312) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001054611816) q[0];
rz(pi*-0.002675284602) q[1];
rz(pi*0.004611498268) q[2];
rz(pi*0.001808674854) q[3];
rz(pi*0.007740450022) q[4];
rz(pi*0.002043366705) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
