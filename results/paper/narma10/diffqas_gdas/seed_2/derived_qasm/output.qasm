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
ry(pi*0.093833717486) q[0];
ry(pi*0.107677420001) q[1];
ry(pi*-0.0957766312) q[2];
ry(pi*0.105436491853) q[3];
ry(pi*-0.037966773325) q[4];
ry(pi*0.000712352415) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.062905164766) q[0];
ry(pi*-0.056439266582) q[1];
ry(pi*-0.076171621432) q[2];
ry(pi*-0.017514160797) q[3];
ry(pi*-0.000450829764) q[4];
ry(pi*0.005151897262) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.08140093284) q[0];
ry(pi*0.056105128035) q[1];
ry(pi*0.174466538637) q[2];
ry(pi*-0.009593381923) q[3];
ry(pi*0.006067055454) q[4];
ry(pi*-0.003605856077) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.074895158683) q[0];
ry(pi*-0.056000849071) q[1];
ry(pi*0.053318534177) q[2];
ry(pi*-0.04068059721) q[3];
ry(pi*-0.023885342282) q[4];
ry(pi*-0.003037423366) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.070997530206) q[0];
ry(pi*0.093174955227) q[1];
ry(pi*-0.097125033865) q[2];
ry(pi*0.113636304706) q[3];
ry(pi*0.014033580588) q[4];
ry(pi*-0.005564505906) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
