// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.09715102653) q[0];
rx(pi*-0.052599936615) q[1];
rx(pi*0.003821076701) q[2];
rx(pi*-0.001409085368) q[3];
rx(pi*-0.00022934665) q[4];
rx(pi*0.006157224031) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.145782485685) q[0];
rx(pi*-0.059957553941) q[1];
rx(pi*0.000541730384) q[2];
rx(pi*0.006984412707) q[3];
rx(pi*0.003199636801) q[4];
rx(pi*0.003322944246) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.037326269964) q[0];
rx(pi*-0.056317214896) q[1];
rx(pi*0.005006880843) q[2];
rx(pi*-0.002125147993) q[3];
rx(pi*0.005478562917) q[4];
rx(pi*0.001895757691) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.157962629222) q[0];
rx(pi*-0.049003936881) q[1];
rx(pi*-0.00140491418) q[2];
rx(pi*-0.001614829994) q[3];
rx(pi*0.001695096279) q[4];
rx(pi*0.001117846576) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.06262460526) q[0];
rx(pi*-0.050435516072) q[1];
rx(pi*0.001046133147) q[2];
rx(pi*-0.001307581613) q[3];
rx(pi*0.003328668087) q[4];
rx(pi*-0.000829420716) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
