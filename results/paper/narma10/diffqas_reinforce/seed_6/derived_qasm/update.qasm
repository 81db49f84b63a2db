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
ry(pi*0.030359911972) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001754042086) q[0];
rz(pi*-0.000398827315) q[1];
rz(pi*-0.006614952241) q[2];
rz(pi*-0.000725442722) q[3];
rz(pi*0.004405847616) q[4];
rz(pi*-0.001818180497) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002224759217) q[0];
rz(pi*0.000512584575) q[1];
rz(pi*-0.000372210736) q[2];
rz(pi*-0.001067208905) q[3];
rz(pi*0.002148633142) q[4];
rz(pi*0.005247667542) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005978948978) q[0];
rz(pi*0.003171173826) q[1];
rz(pi*-0.001432159638) q[2];
rz(pi*0.000994814014) q[3];
rz(pi*0.003335098069) q[4];
rz(pi*0.000439458937) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006135455174) q[0];
rz(pi*0.003362378213) q[1];
rz(pi*-0.001075694689) q[2];
rz(pi*0.002708893342) q[3];
rz(pi*-0.004839434783) q[4];
rz(pi*0.000712451578) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001879472255) q[0];
rz(pi*-0.002771793633) q[1];
rz(pi*0.003252967416) q[2];
rz(pi*0.000693015702) q[3];
rz(pi*-0.00161121702) q[4];
rz(pi*0.001103409723) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
