// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
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
rx(pi*1.867967e-06) q[0];
rx(pi*-4.0357999e-05) q[1];
rx(pi*-0.002316606289) q[2];
rx(pi*-0.001655783263) q[3];
rx(pi*-0.004822714753) q[4];
rx(pi*0.002548176975) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00018326318) q[0];
rx(pi*2.92e-10) q[1];
rx(pi*-4.5311081e-05) q[2];
rx(pi*-2.8554175e-05) q[3];
rx(pi*-0.021997862194) q[4];
rx(pi*-0.002440855552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000403604668) q[0];
rx(pi*-0.00104631576) q[1];
rx(pi*0.000109417476) q[2];
rx(pi*3.0554e-08) q[3];
rx(pi*0.001367905167) q[4];
rx(pi*-0.001682834696) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.69e-10) q[0];
rx(pi*-5.0e-12) q[1];
rx(pi*0.007933118868) q[2];
rx(pi*-0.06903277886) q[3];
rx(pi*-0.018609564243) q[4];
rx(pi*-0.00180367761) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*3.0e-11) q[0];
rx(pi*7.0e-12) q[1];
rx(pi*0.002316608067) q[2];
rx(pi*0.001656094831) q[3];
rx(pi*-0.000434049628) q[4];
rx(pi*-0.001106799842) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
