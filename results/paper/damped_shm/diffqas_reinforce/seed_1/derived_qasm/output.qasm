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
rz(pi*0.001526215701) q[0];
rz(pi*0.004603621613) q[1];
rz(pi*0.001926443739) q[2];
rz(pi*0.002475328294) q[3];
rz(pi*-0.002363500547) q[4];
rz(pi*0.004514490312) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002231274133) q[0];
rz(pi*0.000244695844) q[1];
rz(pi*0.00346077355) q[2];
rz(pi*-0.001080366284) q[3];
rz(pi*0.000380082426) q[4];
rz(pi*2.644672e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000498938426) q[0];
rz(pi*0.001879062414) q[1];
rz(pi*-0.004768594694) q[2];
rz(pi*-0.0016683868) q[3];
rz(pi*0.006574552739) q[4];
rz(pi*-0.006218723599) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002027356226) q[0];
rz(pi*0.002541608254) q[1];
rz(pi*-0.005860139854) q[2];
rz(pi*-0.002743085494) q[3];
rz(pi*-0.002557791711) q[4];
rz(pi*0.004988857326) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00276514576) q[0];
rz(pi*0.002011899959) q[1];
rz(pi*-0.002004945706) q[2];
rz(pi*3.3267472e-05) q[3];
rz(pi*-0.003606111023) q[4];
rz(pi*-0.004682999143) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
