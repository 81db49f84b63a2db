// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.136495314956) q[0];
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
rz(pi*-0.000955021566) q[0];
rz(pi*-0.000897440018) q[1];
rz(pi*-0.000960373437) q[2];
rz(pi*-0.000801496463) q[3];
rz(pi*-0.00448168406) q[4];
rz(pi*0.00177423739) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000185612596) q[0];
rz(pi*0.000221398403) q[1];
rz(pi*0.003506212095) q[2];
rz(pi*0.003592540765) q[3];
rz(pi*0.00435273163) q[4];
rz(pi*0.005980155527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001531630197) q[0];
rz(pi*-0.004807432205) q[1];
rz(pi*0.000765851858) q[2];
rz(pi*0.000129568618) q[3];
rz(pi*0.000307624872) q[4];
rz(pi*-0.001822993794) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002741103139) q[0];
rz(pi*0.002623333957) q[1];
rz(pi*0.003175795172) q[2];
rz(pi*-0.003469678291) q[3];
rz(pi*0.001805997473) q[4];
rz(pi*-0.000449509898) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001145922389) q[0];
rz(pi*0.002266281668) q[1];
rz(pi*-7.5658677e-05) q[2];
rz(pi*-0.001677600737) q[3];
rz(pi*0.000263034858) q[4];
rz(pi*-0.006271907769) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
