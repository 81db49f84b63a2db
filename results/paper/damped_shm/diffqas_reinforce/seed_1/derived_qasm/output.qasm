// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
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
rz(pi*0.001526222519) q[0];
rz(pi*0.004603621613) q[1];
rz(pi*0.001926438847) q[2];
rz(pi*0.002475313768) q[3];
rz(pi*-0.002363512109) q[4];
rz(pi*0.004514467486) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002231300517) q[0];
rz(pi*0.000244670016) q[1];
rz(pi*0.003460756653) q[2];
rz(pi*-0.00108038785) q[3];
rz(pi*0.000380064824) q[4];
rz(pi*2.6442887e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000498942354) q[0];
rz(pi*0.001879045665) q[1];
rz(pi*-0.004768619595) q[2];
rz(pi*-0.001668403698) q[3];
rz(pi*0.00657454266) q[4];
rz(pi*-0.006218740201) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002027358005) q[0];
rz(pi*0.002541593135) q[1];
rz(pi*-0.00586014104) q[2];
rz(pi*-0.00274309083) q[3];
rz(pi*-0.002557794083) q[4];
rz(pi*0.004988858512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002765143685) q[0];
rz(pi*0.002011901441) q[1];
rz(pi*-0.002004944668) q[2];
rz(pi*3.326699e-05) q[3];
rz(pi*-0.003606109541) q[4];
rz(pi*-0.004683008925) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
