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
rx(pi*0.095362105122) q[0];
rx(pi*-0.05797847817) q[1];
rx(pi*0.00375491458) q[2];
rx(pi*-0.001772155279) q[3];
rx(pi*-1.537425e-06) q[4];
rx(pi*0.006156898529) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.153978779093) q[0];
rx(pi*-0.065659092296) q[1];
rx(pi*0.000559102566) q[2];
rx(pi*0.00676273453) q[3];
rx(pi*0.003432210375) q[4];
rx(pi*0.003323384769) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.026873552416) q[0];
rx(pi*-0.061597121879) q[1];
rx(pi*0.005172463127) q[2];
rx(pi*-0.002480792297) q[3];
rx(pi*0.00570606217) q[4];
rx(pi*0.001895314944) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.167949665422) q[0];
rx(pi*-0.054337930424) q[1];
rx(pi*-0.001406250721) q[2];
rx(pi*-0.001834312224) q[3];
rx(pi*0.001928532075) q[4];
rx(pi*0.001118128425) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.056768661941) q[0];
rx(pi*-0.055778218106) q[1];
rx(pi*0.000981481805) q[2];
rx(pi*-0.001669438157) q[3];
rx(pi*0.003556560135) q[4];
rx(pi*-0.000829400039) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
