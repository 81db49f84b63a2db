// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.006077759048) q[0];
rz(pi*0.003395099681) q[1];
rz(pi*0.003862657849) q[2];
rz(pi*-0.000775312515) q[3];
rz(pi*0.001306829076) q[4];
rz(pi*-0.000863348066) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000743630843) q[0];
rz(pi*-0.003662307709) q[1];
rz(pi*-0.002460058938) q[2];
rz(pi*-0.001602107433) q[3];
rz(pi*0.000110977493) q[4];
rz(pi*0.003078798482) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00172745015) q[0];
rz(pi*-0.005659583681) q[1];
rz(pi*0.00322993539) q[2];
rz(pi*-0.004742269413) q[3];
rz(pi*0.00149960494) q[4];
rz(pi*-0.000640351431) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000179648427) q[0];
rz(pi*-0.001530006841) q[1];
rz(pi*-0.003342682425) q[2];
rz(pi*0.005051653563) q[3];
rz(pi*-0.007704925331) q[4];
rz(pi*-0.002826394533) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004096088754) q[0];
rz(pi*-9.0754888e-05) q[1];
rz(pi*-1.675949e-06) q[2];
rz(pi*-0.002739989082) q[3];
rz(pi*-0.003607587043) q[4];
rz(pi*0.001802464244) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
