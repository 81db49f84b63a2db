// DiffQAS-QLSTM derived circuit, output gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002757097461) q[0];
rx(pi*-0.000832738279) q[1];
rx(pi*-0.000531306156) q[2];
rx(pi*0.008227858132) q[3];
rx(pi*0.004963365957) q[4];
rx(pi*0.000624155374) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002293653118) q[0];
rx(pi*-0.001199922386) q[1];
rx(pi*-0.001316959338) q[2];
rx(pi*0.001586843709) q[3];
rx(pi*-0.000354445389) q[4];
rx(pi*0.005096562057) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.002394738584) q[0];
rx(pi*-0.003293981457) q[1];
rx(pi*-0.004743510943) q[2];
rx(pi*0.000506489951) q[3];
rx(pi*0.003833651186) q[4];
rx(pi*-0.003327861152) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.002958362148) q[0];
rx(pi*0.00764785412) q[1];
rx(pi*9.5734641e-05) q[2];
rx(pi*-0.001054754482) q[3];
rx(pi*0.007921078881) q[4];
rx(pi*-0.000934975672) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.00359351134) q[0];
rx(pi*0.000266500719) q[1];
rx(pi*-0.003974435496) q[2];
rx(pi*-0.005045502243) q[3];
rx(pi*0.003072833035) q[4];
rx(pi*-0.001772835926) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
