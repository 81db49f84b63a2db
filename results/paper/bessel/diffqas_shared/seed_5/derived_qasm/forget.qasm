// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.026303643375) q[0];
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
rx(pi*-0.007069094009) q[0];
rx(pi*-0.004323261617) q[1];
rx(pi*-0.387615588019) q[2];
rx(pi*0.096337399218) q[3];
rx(pi*0.00500399995) q[4];
rx(pi*-0.000487666539) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.570256364245) q[0];
rx(pi*-0.336040526032) q[1];
rx(pi*0.07719466519) q[2];
rx(pi*0.011131886184) q[3];
rx(pi*-0.0744146027) q[4];
rx(pi*0.001007897576) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.17481415732) q[0];
rx(pi*-0.25029417941) q[1];
rx(pi*0.448565805606) q[2];
rx(pi*-0.057874806334) q[3];
rx(pi*-0.005520745264) q[4];
rx(pi*0.000917933254) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.422119426976) q[0];
rx(pi*0.018920419671) q[1];
rx(pi*-0.041862385948) q[2];
rx(pi*0.171732622612) q[3];
rx(pi*-0.078409627778) q[4];
rx(pi*-0.000230877143) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.009844208762) q[0];
rx(pi*0.006932148123) q[1];
rx(pi*-0.384450402467) q[2];
rx(pi*0.095803771716) q[3];
rx(pi*-0.00512831295) q[4];
rx(pi*-0.001734124851) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
