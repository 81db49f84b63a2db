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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013719011245) q[0];
ry(pi*-0.009004781478) q[1];
ry(pi*-0.00363934772) q[2];
ry(pi*-0.001673359439) q[3];
ry(pi*0.002137828162) q[4];
ry(pi*2.5144743e-05) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00509356792) q[0];
ry(pi*0.000201308968) q[1];
ry(pi*-0.003338031434) q[2];
ry(pi*-0.000555319652) q[3];
ry(pi*0.000212687874) q[4];
ry(pi*-6.603107e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000249873866) q[0];
ry(pi*7.039269e-06) q[1];
ry(pi*-0.000106941069) q[2];
ry(pi*-1.6330186e-05) q[3];
ry(pi*0.000241579089) q[4];
ry(pi*-0.000552606845) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.00329934363) q[0];
ry(pi*0.004586370346) q[1];
ry(pi*0.000154597637) q[2];
ry(pi*0.000157207409) q[3];
ry(pi*1.051565e-06) q[4];
ry(pi*6.298996e-06) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000452877931) q[0];
ry(pi*-2.887267e-06) q[1];
ry(pi*0.007232484941) q[2];
ry(pi*1.1324052e-05) q[3];
ry(pi*0.000539723831) q[4];
ry(pi*-0.002556664019) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
