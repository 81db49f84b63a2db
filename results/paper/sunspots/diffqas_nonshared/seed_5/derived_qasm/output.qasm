// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
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
rx(pi*-0.062156073255) q[0];
rx(pi*-0.032194988372) q[1];
rx(pi*0.066381664649) q[2];
rx(pi*-0.035521245438) q[3];
rx(pi*0.001689621603) q[4];
rx(pi*-0.018096936016) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.125066768578) q[0];
rx(pi*-0.010065852551) q[1];
rx(pi*-0.0191585656) q[2];
rx(pi*0.036462827332) q[3];
rx(pi*-0.119496151668) q[4];
rx(pi*-0.006448461044) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.225677874077) q[0];
rx(pi*-0.082366655185) q[1];
rx(pi*0.03388713928) q[2];
rx(pi*-0.311196794373) q[3];
rx(pi*0.033344136869) q[4];
rx(pi*-0.171768177541) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.083632497938) q[0];
rx(pi*0.011687252897) q[1];
rx(pi*0.143808200532) q[2];
rx(pi*0.038872897526) q[3];
rx(pi*0.024289706082) q[4];
rx(pi*-0.01684305558) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.018270396733) q[0];
rx(pi*-0.003211582518) q[1];
rx(pi*0.04113361425) q[2];
rx(pi*-0.017688612841) q[3];
rx(pi*-0.004639868454) q[4];
rx(pi*0.001339561365) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
