// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*0.030359911972) q[0];
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
rx(pi*0.000601778723) q[0];
rx(pi*-0.00166395859) q[1];
rx(pi*-0.001314821643) q[2];
rx(pi*-0.007771430148) q[3];
rx(pi*0.005728649819) q[4];
rx(pi*0.003641992639) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001035850733) q[0];
rx(pi*0.002463106732) q[1];
rx(pi*0.000895123861) q[2];
rx(pi*-0.001762868564) q[3];
rx(pi*0.00311169693) q[4];
rx(pi*-0.000988532775) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001046674315) q[0];
rx(pi*-0.002521477279) q[1];
rx(pi*0.001448180049) q[2];
rx(pi*-0.000315754732) q[3];
rx(pi*0.001735711892) q[4];
rx(pi*-0.001932732463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000403705905) q[0];
rx(pi*-0.002840194835) q[1];
rx(pi*0.002678472616) q[2];
rx(pi*0.000598540312) q[3];
rx(pi*0.001052244002) q[4];
rx(pi*0.001306674182) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003217342525) q[0];
rx(pi*0.00249294286) q[1];
rx(pi*0.006546687702) q[2];
rx(pi*-0.005215324343) q[3];
rx(pi*-0.005504885825) q[4];
rx(pi*-0.00479002708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
