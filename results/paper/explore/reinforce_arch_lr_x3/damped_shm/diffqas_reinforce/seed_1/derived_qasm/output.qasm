// DiffQAS-QLSTM derived circuit, output gate
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
rx(0) q[0];
rx(pi*0.002331991408) q[1];
rx(pi*-0.001100821722) q[2];
rx(pi*-0.002115753815) q[3];
rx(pi*0.001053045601) q[4];
rx(pi*-0.000802046302) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*-0.003505730958) q[1];
rx(pi*0.003011264986) q[2];
rx(pi*-4.0e-11) q[3];
rx(pi*0.002128514322) q[4];
rx(pi*-0.000903712067) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*-1.3e-11) q[1];
rx(pi*-5.2112269e-05) q[2];
rx(pi*-0.00053254939) q[3];
rx(pi*-0.00054767671) q[4];
rx(pi*0.002785953232) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*0.00015391171) q[1];
rx(pi*9.0886e-08) q[2];
rx(pi*8.5e-11) q[3];
rx(pi*-0.002128632457) q[4];
rx(pi*0.001285869526) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(0) q[0];
rx(pi*0.005047363944) q[1];
rx(pi*0.001096118407) q[2];
rx(pi*0.002418768754) q[3];
rx(pi*8.9758355e-05) q[4];
rx(pi*-0.004878184249) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
